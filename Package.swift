// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "OpsAdvisor",
  products: [
    .executable(name: "opsadvisor", targets: ["opsadvisor"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // The pure core: text and state in, reply out. No terminal, no file system, no globals.
    .target(
      name: "OpsAdvisorCore",
      dependencies: ["CYAML"]
    ),
    // libyaml from Debian's libyaml-dev, read through its event API (Knowledge/YAMLParser.swift).
    .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),

    // The shipped knowledge base (intents/), embedded at build time by EmbedIntentsPlugin.
    .target(
      name: "OpsAdvisorKnowledgeBase",
      dependencies: ["OpsAdvisorCore"],
      plugins: ["EmbedIntentsPlugin"]
    ),
    // Checks intents/ with the core and writes it out as Swift source: a broken knowledge base
    // fails the build with `file:line: error: message`.
    .executableTarget(name: "opsadvisor-embed", dependencies: ["OpsAdvisorCore"], path: "Sources/EmbedIntents"),
    .plugin(
      name: "EmbedIntentsPlugin",
      capability: .buildTool(),
      dependencies: ["opsadvisor-embed"],
      path: "Sources/EmbedIntentsPlugin"
    ),

    // GNU readline from Debian's libreadline-dev. No pkgConfig: readline.pc carries -D flags
    // that SwiftPM rejects with a warning on every build (swift-package-manager#4817).
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),

    // The thin executable: arguments, files, terminal.
    .executableTarget(
      name: "opsadvisor",
      dependencies: [
        "OpsAdvisorCore",
        "OpsAdvisorKnowledgeBase",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // The benchmark (`swift run -c release opsadvisor-bench`) and the baseline it measures
    // `opsadvisor ask` against.
    .executableTarget(
      name: "opsadvisor-bench",
      dependencies: ["OpsAdvisorCore", "OpsAdvisorKnowledgeBase"],
      path: "Sources/OpsAdvisorBench"
    ),
    .executableTarget(name: "opsadvisor-baseline", path: "Sources/OpsAdvisorBaseline"),
    // Runs one program and reports its time and peak memory, so neither counts the benchmark's.
    .executableTarget(name: "opsadvisor-measure", path: "Sources/OpsAdvisorMeasure"),

    // libFuzzer targets for the respond path, the transcript parser and the knowledge-base
    // loader. Built normally it replays inputs given as files; see Tests/Fuzz/run.sh.
    .executableTarget(
      name: "opsadvisor-fuzz",
      dependencies: ["OpsAdvisorCore", "OpsAdvisorKnowledgeBase"],
      path: "Sources/OpsAdvisorFuzz"
    ),

    .testTarget(
      name: "OpsAdvisorCoreTests",
      dependencies: ["OpsAdvisorCore", "OpsAdvisorKnowledgeBase"],
      exclude: ["HeldOut/held-out.tsv", "RealWorld"]
    ),
    .testTarget(
      name: "OpsAdvisorCLITests",
      dependencies: ["opsadvisor"]
    ),
  ]
)
