export {
  ALERT_STREAM_PATH,
  type AlertStreamOptions,
  createAlertStreamRoute,
} from './createAlertStreamRoute';
