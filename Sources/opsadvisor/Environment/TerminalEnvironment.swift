#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the program's surroundings say about how to write: width, colour, terminals.
struct TerminalEnvironment {
  let widthOverride: Int?
  let colorDisabled: Bool
  let variables: [String: String]

  init(options: CommonOptions, variables: [String: String] = ProcessEnvironment.variables) {
    self.widthOverride = options.width
    self.colorDisabled = options.noColor
    self.variables = variables
  }

  /// Whether standard input is a terminal that readline can drive (not `TERM=dumb`).
  var isInteractive: Bool {
    isatty(STDIN_FILENO) == 1 && variables["TERM"] != "dumb"
  }

  var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// `--width`, then `COLUMNS`, then the terminal's width, then 80.
  var width: Int {
    if let widthOverride { return widthOverride }
    if let columns = variables["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return Self.terminalColumns() ?? 80
  }

  /// The width when it cannot change while the program runs: given by `--width` or `COLUMNS`,
  /// or 80 when standard output is no terminal (it cannot become one); nil for a terminal's
  /// width, which changes when the window is resized.
  var fixedWidth: Int? {
    if let widthOverride { return widthOverride }
    if let columns = variables["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return isatty(STDOUT_FILENO) == 1 ? nil : 80
  }

  /// Colour only on a terminal, and never with `--no-color`, `NO_COLOR` or `TERM=dumb`.
  var color: Bool {
    guard !colorDisabled, (variables["NO_COLOR"] ?? "").isEmpty else { return false }
    guard let term = variables["TERM"], term != "dumb", !term.isEmpty else { return false }
    return stdoutIsTerminal
  }

  /// The width of the terminal on standard output, if it is one.
  static func terminalColumns() -> Int? {
    var size = winsize()
    guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    else { return nil }
    return Int(size.ws_col)
  }

}
