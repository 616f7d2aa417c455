#!/usr/bin/env bash
# Tags a release: `scripts/release.sh [--dry-run] X.Y.Z` (or vX.Y.Z).
# Checks that the tree is clean on main, that dist/ matches the source, that X.Y.Z is a semantic version above the
# latest vX.Y.Z tag and that CHANGELOG.md has a `## [X.Y.Z]` entry. Then sets package.json's version (and dates the
# CHANGELOG entry if it has no date), commits, tags vX.Y.Z and moves the major tag vX to it. It pushes nothing: it
# prints the push commands. With --dry-run it checks everything and changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

dry_run=false
version=''
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=true ;;
    -h | --help)
      sed -n '2,6s/^# \{0,1\}//p' "$0"
      exit 0
      ;;
    -*)
      echo "release: unknown option '$arg'; usage: scripts/release.sh [--dry-run] X.Y.Z" >&2
      exit 2
      ;;
    *)
      [ -z "$version" ] || {
        echo "release: one version only; usage: scripts/release.sh [--dry-run] X.Y.Z" >&2
        exit 2
      }
      version="${arg#v}"
      ;;
  esac
done

fail() {
  echo "release: $*" >&2
  exit 1
}

[ -n "$version" ] || fail "no version given; usage: scripts/release.sh [--dry-run] X.Y.Z"
[[ "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] ||
  fail "'$version' is not a semantic version X.Y.Z (three numbers without leading zeros, e.g. 1.2.0)"
major="${BASH_REMATCH[1]}"
tag="v$version"
major_tag="v$major"

branch="$(git rev-parse --abbrev-ref HEAD)"
[ "$branch" = main ] || fail "releases are made from main; this is '$branch' (git switch main)"
[ -z "$(git status --porcelain)" ] || fail "the working tree has uncommitted changes: commit or stash them first"

latest="$(git tag --list 'v[0-9]*.[0-9]*.[0-9]*' | grep -E '^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$' | sort -V | tail -n 1 || true)"
if [ -n "$latest" ]; then
  [ "$latest" != "$tag" ] || fail "$tag is already tagged"
  highest="$(printf '%s\n%s\n' "$latest" "$tag" | sort -V | tail -n 1)"
  [ "$highest" = "$tag" ] || fail "$tag is not above the latest release $latest"
fi

entry="$(grep -nE "^## \[$(printf '%s' "$version" | sed 's/\./\\./g')\]( - [0-9]{4}-[0-9]{2}-[0-9]{2})?[[:space:]]*$" CHANGELOG.md 2>/dev/null | head -n 1 || true)"
[ -n "$entry" ] || fail "CHANGELOG.md has no '## [$version]' entry: move the Unreleased notes under one"

echo "Checking that dist/ matches the source ..."
bash scripts/check-dist.sh || fail "dist/ is out of date: run 'npm run build', commit dist/, then release"

echo "Releasing $tag (latest release: ${latest:-none}); $major_tag will point at it."
if [ "$dry_run" = true ]; then
  echo "Dry run: would set package.json's version to $version, commit 'Release $tag', tag $tag and move $major_tag."
  exit 0
fi

npm version "$version" --no-git-tag-version --allow-same-version >/dev/null
line="${entry%%:*}"
if ! sed -n "${line}p" CHANGELOG.md | grep -qE ' - [0-9]{4}-[0-9]{2}-[0-9]{2}'; then
  sed -i "${line}s/.*/## [$version] - ${RELEASE_DATE:-$(date -u +%F)}/" CHANGELOG.md
fi
git add -A package.json CHANGELOG.md
[ ! -f package-lock.json ] || git add package-lock.json
if ! git diff --cached --quiet; then
  git commit --quiet -m "Release $tag"
fi
git tag -a "$tag" -m "$tag"
git tag -fa "$major_tag" -m "$major_tag: $tag" "$tag^{commit}" >/dev/null

echo "Tagged $tag and moved $major_tag to $(git rev-parse --short "$tag^{commit}"). Push them with:"
echo "  git push origin main $tag"
echo "  git push --force origin $major_tag"
