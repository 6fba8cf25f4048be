#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The scheduling priority of the threads that work ahead of a scripted session's answering
/// thread (reading and preparing lines) or behind it (writing replies).
///
/// Answering must go line by line, so the answering thread bounds how fast a session goes;
/// the others only fill or empty bounded queues around it. Sharing the cores evenly, the
/// scheduler gave the answering thread about two thirds of one while the preparers were
/// runnable, and it idled whenever they were not; a helper that lowers its own priority
/// (a nice value of `niceness`) leaves the answering thread a whole core while it has work,
/// and the helpers the rest. On Linux a nice value is a thread's own; lowering it needs no
/// privilege, and a failure changes nothing but speed.
enum HelperThreadPriority {
  /// The nice value a helper thread gives itself.
  static let niceness: Int32 = 5

  /// Lowers the calling thread's priority to `niceness`, if it is higher.
  static func lower() {
    #if os(Linux)
      let which = __priority_which_t(PRIO_PROCESS.rawValue)
      errno = 0
      let current = getpriority(which, 0)
      if errno == 0, current < niceness { _ = setpriority(which, 0, niceness) }
    #endif
  }
}
