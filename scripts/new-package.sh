# usage: pkgtemplate.sh dir name description
dir=$1; name=$2; desc=$3
mkdir -p $dir/src
cat > $dir/package.json <<JSON
{
  "name": "$name",
  "version": "0.0.0",
  "description": "$desc",
  "license": "MIT",
  "type": "module",
  "sideEffects": false,
  "engines": { "node": ">=20" },
  "main": "./dist/index.cjs",
  "module": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "exports": {
    ".": {
      "import": { "types": "./dist/index.d.ts", "default": "./dist/index.js" },
      "require": { "types": "./dist/index.d.cts", "default": "./dist/index.cjs" }
    },
    "./package.json": "./package.json"
  },
  "files": ["dist", "README.md"],
  "scripts": {
    "build": "tsup",
    "typecheck": "tsc --noEmit",
    "lint": "biome lint src",
    "test": "vitest run"
  }
}
JSON
cat > $dir/tsconfig.json <<JSON
{
  "extends": "../../tsconfig.base.json",
  "include": ["src", "test", "*.ts"]
}
JSON
cat > $dir/tsup.config.ts <<'TS'
import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared";

export default defineConfig(packageBuild);
TS
cat > $dir/vitest.config.ts <<'TS'
import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared";

export default mergeConfig(shared, defineConfig({}));
TS
