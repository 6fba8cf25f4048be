import Foundation

// The benchmark's baseline: a Swift program that imports Foundation, reads one line and prints
// it. `opsadvisor ask` is measured against it, so the comparison shows OpsAdvisor's own cost.
if let line = readLine() {
  print(line)
}
