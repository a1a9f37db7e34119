# syntax=docker/dockerfile:1
# The SCV Console production server: `docker build -t scv-console .` then, for example,
#   docker run -p 8443:8443 -v /etc/scv-console:/etc/scv-console:ro \
#     -e SCV_APPLIANCES_FILE=/etc/scv-console/appliances.json \
#     -e TLS_CERT_FILE=/etc/scv-console/tls.crt -e TLS_KEY_FILE=/etc/scv-console/tls.key -e PORT=8443 scv-console
# See README.md, "Deploying".

# 1. Build the console and compile the server (needs the dev dependencies).
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Runtime dependencies only (no scripts: nothing at run time needs an install step).
FROM node:20.20-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The image: Node, the runtime dependencies, the built console and the compiled server. No sources, no
#    compilers, not running as root.
FROM node:20.20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    SCV_CONSOLE_DIST=/app/dist
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "dist-server/healthcheck.js"]
# SIGTERM from `docker stop` lets in-flight calls finish (up to 25 s) before the process exits.
CMD ["node", "dist-server/main.js"]
