// Placeholder until the fuzz targets land.
@main
enum FuzzMain {
  static func main() {}
}
