import Foundation
import Yams

/// Reads typed values out of Yams nodes, turning every mismatch into a
/// ``JobsConfigError/invalid(file:line:message:)`` that names the node's line.
struct YAMLReader {
    let file: String

    func error(_ node: Node?, _ message: String) -> JobsConfigError {
        .invalid(file: file, line: node?.mark?.line, message: message)
    }

    func mapping(_ node: Node, _ what: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values") }
        return mapping
    }

    /// The keys and values of a mapping, checking each key is a plain string.
    func pairs(_ node: Node, _ what: String) throws -> [(key: String, keyNode: Node, value: Node)] {
        try mapping(node, what).map { key, value in
            guard let name = key.scalar?.string else { throw error(key, "keys of \(what) must be plain words") }
            return (name, key, value)
        }
    }

    func string(_ node: Node, _ key: String) throws -> String {
        guard let scalar = node.scalar, node.null == nil else { throw error(node, "\(key) must be a text value") }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, _ key: String) throws -> String {
        let text = try string(node, key).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw error(node, "\(key) must not be empty") }
        return text
    }

    func bool(_ node: Node, _ key: String) throws -> Bool {
        guard let value = node.bool else { throw error(node, "\(key) must be true or false") }
        return value
    }

    func int(_ node: Node, _ key: String, minimum: Int) throws -> Int {
        guard let value = node.int else { throw error(node, "\(key) must be a whole number") }
        guard value >= minimum else { throw error(node, "\(key) must be at least \(minimum)") }
        return value
    }

    /// A list of strings; a single string counts as a list of one.
    func strings(_ node: Node, _ key: String) throws -> [String] {
        if node.scalar != nil { return [try string(node, key)] }
        guard let sequence = node.sequence else { throw error(node, "\(key) must be a list") }
        return try sequence.map { try string($0, "each entry of \(key)") }
    }

    func stringMap(_ node: Node, _ key: String) throws -> [String: String] {
        var map: [String: String] = [:]
        for (name, _, value) in try pairs(node, key) { map[name] = try string(value, "\(key).\(name)") }
        return map
    }

    /// An error for a key that is not allowed here, suggesting the closest allowed one.
    func unknownKey(_ key: String, at node: Node, allowed: [String], in what: String) -> JobsConfigError {
        let suggestion = allowed.min { editDistance($0, key) < editDistance($1, key) }
            .flatMap { editDistance($0, key) <= 2 ? " (did you mean \"\($0)\"?)" : nil } ?? ""
        return error(node, "unknown key \"\(key)\" in \(what)\(suggestion); allowed: \(allowed.joined(separator: ", "))")
    }

    private func editDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
