export { createForumPackRoute } from './createForumPackRoute';
export {
  createForumPackOperation,
  describePackOperationName,
  describePackProfileOperationName,
  listForumPackOperations,
} from './forumPackOperation';
export { FORUM_PACKS_PATH } from './readPackTarget';
