import isDealer from './is-dealer';

export default {
  'is-dealer': isDealer,
};
