# syntax=docker/dockerfile:1
# One image for every service: SERVICE picks the one a container runs
# (gateway, police, hmpps, ncahmrc, apmis, audit; unset or `all`: the six
# together, as npm run start:prod does). It runs the compiled JavaScript
# (npm run build) under node --conditions=marsoc-dist, with production
# dependencies only, as a user that owns /data and nothing else.
#
#   docker build -t marsoc .
#   docker build --build-arg NODE_VERSION=22 --build-arg APP_UID=12000 -t marsoc .

ARG NODE_VERSION=20
ARG BASE_IMAGE=node:${NODE_VERSION}-bookworm-slim

# What installing needs: the toolchain better-sqlite3 builds with when no
# prebuilt binary fits, and every workspace's package.json, so the lock file
# resolves as it does in the repository.
FROM ${BASE_IMAGE} AS manifests
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY platform/package.json platform/
COPY gateway/package.json gateway/
COPY console/package.json console/
COPY subgraphs/package.json subgraphs/
COPY subgraphs/police/package.json subgraphs/police/
COPY subgraphs/hmpps/package.json subgraphs/hmpps/
COPY subgraphs/ncahmrc/package.json subgraphs/ncahmrc/
COPY subgraphs/apmis/package.json subgraphs/apmis/
COPY subgraphs/audit/package.json subgraphs/audit/
COPY test/package.json test/
COPY bench/package.json bench/

# npm run build: every production workspace compiled to its dist/ (tsc -b),
# the files the code reads beside itself copied, the console bundled.
FROM manifests AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The production dependencies of the workspaces that run, and nothing of the
# test or bench workspaces or of any devDependency. npm may nest a package
# under a workspace (platform/node_modules) when versions differ: the stage
# holds only package.json files and node_modules, so the runtime copies all.
FROM manifests AS production-dependencies
RUN npm ci --omit=dev --no-audit --no-fund \
    -w schema -w platform -w gateway -w console -w subgraphs \
    -w subgraphs/police -w subgraphs/hmpps -w subgraphs/ncahmrc \
    -w subgraphs/apmis -w subgraphs/audit \
  && rm -rf test bench

FROM ${BASE_IMAGE} AS runtime
ARG APP_UID=10001
ARG APP_GID=10001
ENV NODE_ENV=production \
    NODE_OPTIONS=--conditions=marsoc-dist \
    DATA_DIR=/data \
    HOST=0.0.0.0
# The services' user owns the data directory (stores, audit files, logs) and
# nothing under /app: the code cannot be changed by the process running it.
RUN groupadd --system --gid ${APP_GID} marsoc \
  && useradd --system --uid ${APP_UID} --gid marsoc --no-create-home \
     --home-dir /data --shell /usr/sbin/nologin marsoc \
  && mkdir -p /data \
  && chown marsoc:marsoc /data \
  && chmod 0750 /data
WORKDIR /app
COPY --from=production-dependencies /app ./
COPY --from=build /app/schema/dist schema/dist
COPY --from=build /app/schema/register schema/register
COPY --from=build /app/schema/marking.graphql /app/schema/supergraph.graphql schema/
COPY --from=build /app/platform/dist platform/dist
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/console/dist console/dist
COPY --from=build /app/subgraphs/dist subgraphs/dist
COPY --from=build /app/subgraphs/police/dist subgraphs/police/dist
COPY --from=build /app/subgraphs/police/schema.graphql subgraphs/police/
COPY --from=build /app/subgraphs/hmpps/dist subgraphs/hmpps/dist
COPY --from=build /app/subgraphs/hmpps/schema.graphql subgraphs/hmpps/
COPY --from=build /app/subgraphs/ncahmrc/dist subgraphs/ncahmrc/dist
COPY --from=build /app/subgraphs/ncahmrc/schema.graphql subgraphs/ncahmrc/
COPY --from=build /app/subgraphs/apmis/dist subgraphs/apmis/dist
COPY --from=build /app/subgraphs/apmis/schema.graphql subgraphs/apmis/
COPY --from=build /app/subgraphs/audit/dist subgraphs/audit/dist
COPY --from=build /app/subgraphs/audit/schema.graphql subgraphs/audit/
COPY --from=build /app/scripts/dist scripts/dist
USER marsoc
VOLUME ["/data"]
# The gateway and the five subgraphs; a METRICS_PORT is the deployment's choice.
EXPOSE 4000 4001 4002 4003 4004 4005
# Ready means /health/ready answers 200 on the port of the service SERVICE names
# (all six when unset). A store seeded at first start takes a while.
HEALTHCHECK --interval=10s --timeout=6s --start-period=120s --retries=6 \
  CMD ["node", "scripts/dist/healthcheck.js"]
CMD ["node", "scripts/dist/startProduction.js"]
