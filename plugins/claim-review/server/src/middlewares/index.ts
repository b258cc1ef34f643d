import errors from './errors';
import multipart from './multipart';
import unreadBody from './unread-body';

export default {
  errors,
  multipart,
  'unread-body': unreadBody,
};
