# syntax=docker/dockerfile:1
# One image for every service of the hub, the service chosen by the command (docker/entrypoint.sh):
#   docker run pakn-hub gateway · docker run pakn-hub subgraph petitions · docker run pakn-hub hub
# Build: the TypeScript compiled to dist/ with the dev dependencies; runtime: dist/ and the runtime
# dependencies only (no tsx, no TypeScript), as the unprivileged `node` user.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Its own stage so that npm's cache and the dev dependencies never reach the image's layers.
FROM ${NODE_IMAGE} AS runtime-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=runtime-dependencies /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --chmod=755 docker/entrypoint.sh docker/entrypoint.sh
# The code is root's and read-only to the service; only data/ (embedded databases, `hub` mode) is writable.
RUN mkdir data && chown node:node data
USER node
# The gateway's port; subgraphs listen on 4001-4004 (<NAME>_PORT).
EXPOSE 4000
ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["hub"]
