/// One line of a hunk: kept for context, removed, or added.
public struct DiffLine: Sendable, Equatable, Encodable {
    /// What happened to the line; the raw value is its unified-diff prefix.
    public enum Kind: String, Sendable, Equatable, Encodable {
        case context = " "
        case removed = "-"
        case added = "+"
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case kind = "op"
        case text
    }
}

/// A group of nearby changed lines with their context, as in a unified diff.
///
/// Line numbers are 1-based; an empty side gives the number of the line before it, as
/// `diff -u` and git do. Encoded for `--format json` and for events' `hunks`.
public struct DiffHunk: Sendable, Equatable, Encodable {
    public var oldStart: Int
    public var oldCount: Int
    public var newStart: Int
    public var newCount: Int
    public var lines: [DiffLine]

    public init(oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, lines: [DiffLine]) {
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount
        self.lines = lines
    }

    /// The `@@ -a,b +c,d @@` line.
    public var header: String {
        func range(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(start),\(count)" }
        return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@"
    }

    enum CodingKeys: String, CodingKey {
        case oldStart = "from_start"
        case oldCount = "from_count"
        case newStart = "to_start"
        case newCount = "to_count"
        case lines
    }
}
