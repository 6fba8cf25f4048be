#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system operations the program needs, on the C library.
enum FileSystem {
  /// Whether anything exists at `path`, following symbolic links (a dangling link does not).
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether `path` is a folder, following symbolic links.
  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The whole content of the file at `path`; nil when it cannot be opened or read (a folder).
  static func contents(of path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[..<count]
      } else if count == 0 {
        return bytes
      } else if errno != EINTR {
        return nil
      }
    }
  }

  /// The names in the folder at `path`, hidden ones included, without "." and "..", in no
  /// particular order.
  static func entries(of path: String) throws -> [String] {
    guard let folder = opendir(path) else { throw FileSystemError(code: errno) }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = name(of: entry)
      if name != ".", name != ".." { names.append(name) }
    }
    return names
  }

  /// The file name a `readdir` entry holds.
  static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
    withUnsafeBytes(of: entry.pointee.d_name) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
  }

  /// `name` inside `folder`, joined as NSString's `appendingPathComponent` joins them: one "/"
  /// between the two, none added after a folder that already ends in one.
  static func path(_ name: String, in folder: String) -> String {
    if folder.isEmpty { return name }
    if name.isEmpty { return folder }
    return folder.unicodeScalars.last == "/" ? folder + name : folder + "/" + name
  }

  /// The folder that holds `path`, as NSString's `deletingLastPathComponent` gives it, repeated
  /// slashes counting as one: "/a/b/c" → "/a/b", "a/b/" → "a", "/a" → "/", "a" → "".
  static func parentFolder(of path: String) -> String {
    let components = path.unicodeScalars.split(separator: "/").map(String.init)
    let root = path.unicodeScalars.first == "/" ? "/" : ""
    return root + components.dropLast().joined(separator: "/")
  }
}

/// A failed file-system call, described as the C library describes its error.
struct FileSystemError: Error, CustomStringConvertible {
  let code: Int32

  var description: String { String(cString: strerror(code)) }
}
