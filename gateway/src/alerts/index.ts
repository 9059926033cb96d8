export {
  ALERT_STREAM_PATH,
  ALERT_STREAM_QUERY,
  type AlertStreamOptions,
  createAlertStreamRoute,
} from './createAlertStreamRoute';
