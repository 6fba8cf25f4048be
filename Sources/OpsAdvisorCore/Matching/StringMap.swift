/// Values found by string through a `StringTable`: a fixed `Dictionary` that looks up without
/// Swift's seeded hashing, for the tables read once per word of every input.
struct StringMap<Value: Sendable>: Sendable {
  let keys: StringTable
  /// The values in the order of `keys`' ids.
  let values: [Value]

  /// The map of a dictionary.
  init(_ dictionary: [String: Value]) {
    let sorted = dictionary.keys.sorted()
    keys = StringTable(sorted)
    values = sorted.map { dictionary[$0]! }
  }

  /// The map of a table's strings to `values`, in the order of its ids, as an image holds
  /// them; nil when the counts differ.
  init?(keys: StringTable, values: [Value]) {
    guard keys.count == values.count else { return nil }
    self.keys = keys
    self.values = values
  }

  /// The value for `key`, if any.
  subscript(key: String) -> Value? {
    keys[key].map { values[$0] }
  }
}

extension StringMap: Equatable where Value: Equatable {}
