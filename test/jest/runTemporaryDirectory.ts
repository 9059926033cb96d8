/** Names the environment variable through which jest's global hooks share the run's temporary directory. */
export const RUN_TEMPORARY_DIRECTORY = 'MARSOC_TEST_RUN_TMPDIR';
