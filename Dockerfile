# One image for every service; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY platform/package.json platform/
COPY gateway/package.json gateway/
COPY subgraphs/package.json subgraphs/
COPY subgraphs/police/package.json subgraphs/police/
COPY subgraphs/hmpps/package.json subgraphs/hmpps/
COPY subgraphs/ncahmrc/package.json subgraphs/ncahmrc/
COPY subgraphs/apmis/package.json subgraphs/apmis/
COPY subgraphs/audit/package.json subgraphs/audit/
COPY test/package.json test/
COPY bench/package.json bench/
# tsx runs the TypeScript sources directly, so the full install is kept.
RUN npm ci
COPY . .
ENV NODE_ENV=production DATA_DIR=/data HOST=0.0.0.0
USER node
