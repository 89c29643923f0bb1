import { spawn } from 'node:child_process'
import path from 'node:path'

import { whileHolding } from '../concurrency/lockFile'
import { childEnv } from '../config/runtimeEnv'
import { settings } from '../config/settings'

/** The static build; PORTAL_BUILD_COMMAND replaces it (a shell command line) where a deployment needs flags of its own. */
const staticBuildCommand = () => settings().PORTAL_BUILD_COMMAND

/**
 * Builds of one project share Astro's working files (its content store and prerender chunks), so
 * a preview, a publish and a hand-run build take turns: run together, one could read the other's
 * content — a draft in the public site — or lose files the other deleted.
 */
const buildLockFile = () => path.resolve('.cache', 'static-build.lock')

/** Runs the static build with the given environment (snapshot, output folder, partial-build spec). */
export const runStaticBuild = (env: Record<string, string>) =>
  whileHolding(
    buildLockFile(),
    () =>
      new Promise<void>((resolve, reject) => {
        const commandLine = staticBuildCommand()
        const child = spawn(commandLine, {
          shell: true,
          stdio: 'inherit',
          env: childEnv({ ASTRO_TELEMETRY_DISABLED: '1', ...env }),
        })
        child.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`the static build (${commandLine}) exited with code ${code}`)),
        )
      }),
  )
