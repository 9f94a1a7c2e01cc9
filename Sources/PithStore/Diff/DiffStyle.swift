/// How a diff is printed: which side to show, and whether to colour it.
public struct DiffStyle: Sendable, Equatable {
    /// Which changes to show.
    public enum Sides: Sendable, Equatable {
        case both
        /// Only added text (`--added-only`).
        case addedOnly
        /// Only removed text (`--removed-only`).
        case removedOnly
    }

    public var sides: Sides
    /// ANSI colours: removed red, added green, hunk headers cyan.
    public var color: Bool

    public init(sides: Sides = .both, color: Bool = false) {
        self.sides = sides
        self.color = color
    }

    var showsRemoved: Bool { sides != .addedOnly }
    var showsAdded: Bool { sides != .removedOnly }

    /// `text` in red when colouring.
    public func removed(_ text: String) -> String { color ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
    /// `text` in green when colouring.
    public func added(_ text: String) -> String { color ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    /// `text` in cyan when colouring.
    public func header(_ text: String) -> String { color ? "\u{1B}[36m\(text)\u{1B}[0m" : text }
    /// `text` in bold when colouring.
    public func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
