import errors from './errors';
import multipart from './multipart';

export default {
  errors,
  multipart,
};
