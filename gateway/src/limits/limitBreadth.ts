import { type ApolloGateway } from '@apollo/gateway';
import { type GatewayContext } from '../GatewayContext';
import { checkBreadth, type GatewayLimits } from './checkBreadth';

type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

/**
 * The gateway with the breadth limit between its executor and Apollo Server:
 * the one point where every owner's answer (and so every nominal it opens)
 * is known and nothing has reached the caller, for every path through Apollo,
 * the profile export's included. A refused answer becomes its error alone,
 * which Apollo then treats as any execution error (metrics, audit, format).
 */
export function limitBreadth(gateway: Gateway, limits: GatewayLimits): Gateway {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      return {
        ...loaded,
        async executor(request) {
          const result = await loaded.executor(request);
          const refusal = await checkBreadth(
            limits,
            request.context as GatewayContext,
            request.operation,
          );
          return refusal ? { errors: [refusal] } : result;
        },
      };
    },
  };
}
