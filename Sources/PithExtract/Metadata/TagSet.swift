import PithHTML

/// A set of known tags as a lookup table indexed by tag id: membership is one array read,
/// with no hashing. Tags local to a document (custom elements) are never members.
struct TagSet: Sendable {
    private let members: [Bool]

    init(_ tags: [HTMLTag]) {
        var members = [Bool](repeating: false, count: Int(HTMLTag.firstDocumentLocal))
        for tag in tags where tag.rawValue < HTMLTag.firstDocumentLocal { members[Int(tag.rawValue)] = true }
        self.members = members
    }

    init(names: [String]) {
        self.init(names.compactMap(HTMLTag.known))
    }

    @inline(__always) func contains(_ tag: HTMLTag) -> Bool {
        tag.rawValue < HTMLTag.firstDocumentLocal && members[Int(tag.rawValue)]
    }
}
