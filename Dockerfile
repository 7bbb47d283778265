# Attaché in a container: the same three steps the tests run (test/e2e/production.test.ts):
# `npm ci`, `npm run build`, `node dist/main.js`.
#
#   docker compose up -d --build       (see compose.yaml; the token comes from .env)

# ---- build: every dependency, the TypeScript compiler, then production dependencies only -------
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary; these let it compile one where none fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json main.ts ./
COPY src ./src
COPY commands ./commands
RUN npm run build
# Drop the dev dependencies (TypeScript, tsx, vitest, biome); the compiled better-sqlite3 stays.
RUN npm prune --omit=dev

# ---- runtime: node, the compiled bot, its data and migrations; no compiler, no sources ---------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATABASE_PATH=/var/lib/attache/attache.db \
    METRICS_PORT=9464 \
    METRICS_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
COPY data ./data
# The database lives on a volume, in a folder that exists and belongs to the bot's user: the bot
# creates a database only in an existing folder, and refuses one it cannot write.
RUN mkdir -p /var/lib/attache && chown node:node /var/lib/attache
VOLUME ["/var/lib/attache"]
# The unprivileged user the node image provides.
USER node
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.METRICS_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node runs as PID 1 and handles SIGTERM itself (src/main.ts): `docker stop` shuts the bot down cleanly.
CMD ["node", "dist/main.js"]
