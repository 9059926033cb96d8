import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '@marsoc/platform';

/** The parts of a V8 `.cpuprofile` (node --cpu-prof) this summary reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: {
      functionName: string;
      url: string;
      lineNumber: number;
    };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where one process spent its CPU time, by frame and by package. */
export interface ProfileSummary {
  service: string;
  /** Sampled milliseconds in total (idle excluded). */
  busyMs: number;
  idleMs: number;
  /** The frames with the most self time, largest first. */
  frames: { frame: string; selfMs: number; share: number }[];
  /** Self time summed by where the code lives: a package, our workspace, node itself. */
  packages: { name: string; selfMs: number; share: number }[];
}

const IDLE = new Set(['(idle)', '(program)']);

/** Sums self time per frame and per package from one profile file. */
export function summariseCpuProfile(
  service: string,
  file: string,
  top = 20,
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const frame = byId.get(id);
    if (!frame) return;
    if (IDLE.has(frame.functionName)) {
      idle += ms;
      return;
    }
    busy += ms;
    add(frames, describeFrame(frame), ms);
    add(packages, describePackage(frame.url, frame.functionName), ms);
  });
  return {
    service,
    busyMs: busy,
    idleMs: idle,
    frames: rank(frames, busy, top).map(([frame, selfMs, share]) => ({
      frame,
      selfMs,
      share,
    })),
    packages: rank(packages, busy, top).map(([name, selfMs, share]) => ({
      name,
      selfMs,
      share,
    })),
  };
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

function rank(
  totals: Map<string, number>,
  busy: number,
  top: number,
): [string, number, number][] {
  return [...totals.entries()]
    .sort(([, a], [, b]) => b - a)
    .slice(0, top)
    .map(([key, ms]) => [key, ms, busy > 0 ? ms / busy : 0]);
}

function describeFrame(
  frame: CpuProfile['nodes'][number]['callFrame'],
): string {
  const name = frame.functionName || '(anonymous)';
  if (frame.url === '') return name;
  return `${name} ${shortenUrl(frame.url)}:${frame.lineNumber + 1}`;
}

function shortenUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + '/node_modules/'.length);
  return path.startsWith(PROJECT_ROOT)
    ? path.slice(PROJECT_ROOT.length + 1)
    : path;
}

/** A package name, `ours:<workspace>`, `node:<module>`, or a V8 bucket like (garbage collector). */
function describePackage(url: string, functionName: string): string {
  if (url === '')
    return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url;
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@')
      ? `${rest[0]}/${rest[1]}`
      : (rest[0] ?? path);
  }
  if (path.startsWith(PROJECT_ROOT)) {
    const parts = path.slice(PROJECT_ROOT.length + 1).split('/');
    return `ours:${parts[0] === 'subgraphs' ? `subgraphs/${parts[1]}` : parts[0]}`;
  }
  return path;
}

/** The summary as lines for the terminal. */
export function formatProfileSummary(summary: ProfileSummary): string[] {
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  return [
    '',
    `${summary.service}: ${summary.busyMs.toFixed(0)} ms busy, ${summary.idleMs.toFixed(0)} ms idle`,
    '  self time by package:',
    ...summary.packages
      .slice(0, 12)
      .map((entry) => `    ${percent(entry.share)}  ${entry.name}`),
    '  top frames by self time:',
    ...summary.frames.map(
      (entry) => `    ${percent(entry.share)}  ${entry.frame}`,
    ),
  ];
}
