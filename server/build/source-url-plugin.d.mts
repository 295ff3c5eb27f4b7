import type { Plugin } from 'esbuild';

export function sourceUrlPlugin(target: { absolute: true } | { relativeTo: string }): Plugin;
