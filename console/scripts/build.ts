// Builds the console bundle the gateway serves:  npm run build:console
import { buildConsole } from '../build';

buildConsole().then(
  (built) => {
    console.log(
      `console built in ${built.outputDirectory}: ${built.files.join(', ')}`,
    );
  },
  (error: unknown) => {
    console.error(
      `console build failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
