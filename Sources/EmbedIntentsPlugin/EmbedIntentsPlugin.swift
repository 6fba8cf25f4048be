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
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) knowledge-base files from intents/",
        executable: try context.tool(named: "opsadvisor-embed").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
