import Foundation
import PackagePlugin

/// Embeds the package's `intents/` folder into the target as Swift source, so the binary
/// carries its knowledge base and works from any directory.
@main
struct EmbedIntentsPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let intents = context.package.directoryURL.appending(path: "intents")
    let inputs = try FileManager.default
      .contentsOfDirectory(at: intents, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "yaml" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIntents.swift")
    // The English word list the typo check keeps apart from typos (Debian's wamerican).
    let dictionary = URL(fileURLWithPath: "/usr/share/dict/words")
    let dictionaryInputs = FileManager.default.fileExists(atPath: dictionary.path) ? [dictionary] : []
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) knowledge-base files from intents/",
        executable: try context.tool(named: "opsadvisor-embed").url,
        arguments: [output.path, "--dictionary", dictionary.path] + inputs.map(\.path),
        inputFiles: inputs + dictionaryInputs,
        outputFiles: [output]
      )
    ]
  }
}
