// opsadvisor-measure: runs a program and reports its wall time and peak resident memory.
//
// Usage: opsadvisor-measure REPORT PROGRAM [ARGUMENT...]
//
// The benchmark measures `opsadvisor` and the baseline through this small C program rather
// than spawning them itself, because Linux counts a child's peak memory from the process that
// started it: a program spawned by the benchmark (tens of megabytes resident) reports at least
// the benchmark's size. Started from here (about a megabyte), the figure is the program's own.
// REPORT receives one line: "<seconds> <peak KiB> <wait status>". Standard input, output and
// error are passed on to PROGRAM. Exit status: 0 when measured, 1 on a usage or system error.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/// Seconds on the monotonic clock.
static double now(void) {
  struct timespec time;
  clock_gettime(CLOCK_MONOTONIC, &time);
  return (double)time.tv_sec + (double)time.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: opsadvisor-measure REPORT PROGRAM [ARGUMENT...]\n");
    return 1;
  }
  double start = now();
  pid_t pid = fork();
  if (pid < 0) {
    perror("opsadvisor-measure: fork");
    return 1;
  }
  if (pid == 0) {
    execv(argv[2], argv + 2);
    _exit(127);
  }
  int status = 0;
  struct rusage usage;
  if (wait4(pid, &status, 0, &usage) < 0) {
    perror("opsadvisor-measure: wait4");
    return 1;
  }
  double seconds = now() - start;
  FILE *report = fopen(argv[1], "w");
  if (report == NULL) {
    perror("opsadvisor-measure: report");
    return 1;
  }
  fprintf(report, "%.9f %ld %d\n", seconds, usage.ru_maxrss, status);
  return fclose(report) == 0 ? 0 : 1;
}
