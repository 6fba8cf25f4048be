/// One of the six factors of the seed's side-by-side comparison table.
public enum FactorID: String, CaseIterable, Sendable, Hashable {
  case systemType = "system-type"
  case focus
  case bestFor = "best-for"
  case tools
  case projectStyle = "project-style"
  case career
}
