// The entry points of `opsadvisor-fuzz`.
//
// Built for fuzzing (`-sanitize=fuzzer -D FUZZING -parse-as-library`, from Tests/Fuzz/toolset.json;
// see Tests/Fuzz/run.sh) it has no `@main`: it exports `LLVMFuzzerTestOneInput`, and its entry
// point hands over to libFuzzer's driver, as libFuzzer's own `main` would. Built normally
// it is a corpus replayer: `OPSADVISOR_FUZZ_TARGET=respond opsadvisor-fuzz FILE|FOLDER...` runs
// the target on each file's bytes and exits 0 when none trapped.
import Foundation

#if FUZZING

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
  guard let target = FuzzTarget.selected else {
    FileHandle.standardError.write(Data("opsadvisor-fuzz: \(FuzzTarget.selectionProblem)\n".utf8))
    exit(2)
  }
  target.warmUp()
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzTarget.selected?.run(bytes)
  return 0
}

/// libFuzzer's driver, which its own `main` calls too (in libclang_rt.fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point under SwiftPM. SwiftPM links every executable target with
/// `--defsym main=<module>_main` (so tests can link executables), which takes the place of
/// libFuzzer's `main`; this does what libFuzzer's `main` does.
@_cdecl("opsadvisor_fuzz_main")
public func opsadvisorFuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments, fuzzerTestOneInput)
}

#else

@main
enum FuzzReplayer {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let target = FuzzTarget.selected else {
      fail("\(FuzzTarget.selectionProblem)\nusage: \(FuzzTarget.environmentVariable)=TARGET opsadvisor-fuzz FILE|FOLDER...")
    }
    guard !arguments.isEmpty, !arguments.contains(where: { $0 == "-h" || $0 == "--help" }) else {
      fail("usage: \(FuzzTarget.environmentVariable)=TARGET opsadvisor-fuzz FILE|FOLDER...")
    }
    let environment = ProcessInfo.processInfo.environment
    let verbose = environment["OPSADVISOR_FUZZ_VERBOSE"] != nil
    let timeout = environment["OPSADVISOR_FUZZ_TIMEOUT"].flatMap { UInt32($0) } ?? 10
    target.warmUp()
    var count = 0
    for path in inputFiles(arguments) {
      guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
      if verbose { FileHandle.standardError.write(Data("running \(path)\n".utf8)) }
      Watchdog.arm(seconds: timeout, path: path)
      target.run(Array(data))
      Watchdog.disarm()
      count += 1
    }
    print("opsadvisor-fuzz: \(target.rawValue): \(count) input\(count == 1 ? "" : "s") replayed, none trapped")
  }

  /// The files named, with folders replaced by the regular files directly in them, sorted.
  static func inputFiles(_ arguments: [String]) -> [String] {
    arguments.flatMap { path -> [String] in
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { fail("no such file: \(path)") }
      guard isFolder.boolValue else { return [path] }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.sorted().map { path + "/" + $0 }.filter { file in
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: file, isDirectory: &folder) && !folder.boolValue
      }
    }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("opsadvisor-fuzz: \(message)\n".utf8))
    exit(2)
  }
}

/// Ends the process when one input runs longer than libFuzzer's `-timeout` would allow, so the
/// replayer reports a hang (exit status 70, as libFuzzer's timeout) instead of running on.
enum Watchdog {
  /// The message the signal handler writes: prepared before, since a handler may not allocate.
  nonisolated(unsafe) static var message: UnsafeMutableBufferPointer<CChar> = .init(start: nil, count: 0)

  static func arm(seconds: UInt32, path: String) {
    guard seconds > 0 else { return }
    message.deallocate()
    let text = Array("opsadvisor-fuzz: timeout: \(path) ran longer than \(seconds) s\n".utf8CString)
    message = .allocate(capacity: text.count)
    _ = message.initialize(from: text)
    signal(SIGALRM) { _ in
      if let start = Watchdog.message.baseAddress { _ = write(2, start, Watchdog.message.count - 1) }
      _exit(70)
    }
    alarm(seconds)
  }

  static func disarm() {
    alarm(0)
  }
}

#endif
