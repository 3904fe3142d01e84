/** The machine a run was made on: CPU model, cores, memory, Node, OS. */
import * as fs from "fs";
import * as os from "os";

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly node: string;
  readonly os: string;
}

export function machineInfo(): MachineInfo {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = fs
      .readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpu = line.slice(line.indexOf(":") + 1).trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}
