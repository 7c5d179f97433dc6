#!/usr/bin/env bash
# Build the seven container images of the dual prevention platform from jars that are
# already built (run `./mvnw -DskipTests package` first, or use the jars CI produced).
#
# Usage: deploy/docker/build-images.sh [--push] <tag> [module...]
#
#   <tag>      image tag, e.g. 0.1.0 or 0.1.0-rc1 (required)
#   module     build only these modules (default: all seven)
#   --push     docker push each image after it is built
#
# Environment:
#   DP_IMAGE_PREFIX   image name prefix, default "dual-prevention" -> dual-prevention/risk-service:<tag>;
#                     set it to your registry, e.g. harbor.example.com/dual-prevention
#   DP_JAVA_IMAGE     base image, default eclipse-temurin:21-jre
#   DOCKER            docker-compatible CLI to call, default "docker" (e.g. podman)
set -euo pipefail

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }

push=false
args=()
for a in "$@"; do
  case "$a" in
    --push) push=true ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "unknown option: $a" >&2; usage >&2; exit 2 ;;
    *) args+=("$a") ;;
  esac
done
if [ "${#args[@]}" -lt 1 ]; then usage >&2; exit 2; fi
tag="${args[0]}"
if ! [[ "$tag" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]]; then
  echo "invalid image tag: $tag" >&2; exit 2
fi

# module -> HTTP port (docs/architecture.md)
declare -A port=(
  [registry]=8761
  [gateway]=8080
  [risk-service]=8081
  [inspection-service]=8082
  [hazard-service]=8083
  [assessment-service]=8084
  [exchange-service]=8085
)
all=(registry gateway risk-service inspection-service hazard-service assessment-service exchange-service)
if [ "${#args[@]}" -gt 1 ]; then modules=("${args[@]:1}"); else modules=("${all[@]}"); fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prefix="${DP_IMAGE_PREFIX:-dual-prevention}"
java_image="${DP_JAVA_IMAGE:-eclipse-temurin:21-jre}"
docker="${DOCKER:-docker}"

# Check every jar before building anything.
for m in "${modules[@]}"; do
  if [ -z "${port[$m]:-}" ]; then
    echo "unknown module: $m (one of: ${all[*]})" >&2; exit 2
  fi
  shopt -s nullglob
  jars=("$root/$m/target/$m"-*.jar)
  shopt -u nullglob
  if [ "${#jars[@]}" -ne 1 ]; then
    echo "expected exactly one $m/target/$m-*.jar, found ${#jars[@]}; run ./mvnw -DskipTests package first" >&2
    exit 1
  fi
done

revision="$(git -C "$root" rev-parse --verify --quiet HEAD 2>/dev/null || echo unknown)"
created="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

for m in "${modules[@]}"; do
  image="$prefix/$m:$tag"
  echo ">> building $image"
  DOCKER_BUILDKIT=1 "$docker" build \
    -f "$root/deploy/docker/Dockerfile" \
    --build-arg "MODULE=$m" \
    --build-arg "PORT=${port[$m]}" \
    --build-arg "JAVA_IMAGE=$java_image" \
    --label "org.opencontainers.image.version=$tag" \
    --label "org.opencontainers.image.revision=$revision" \
    --label "org.opencontainers.image.created=$created" \
    -t "$image" \
    "$root"
  if $push; then
    echo ">> pushing $image"
    "$docker" push "$image"
  fi
done
echo "built: ${modules[*]} as $prefix/<module>:$tag"
