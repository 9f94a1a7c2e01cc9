// Comparisons with XPath 1.0 semantics (section 3.4 of the recommendation): a comparison
// involving a node-set is true when it holds for at least one of its nodes.

extension XPathEvaluator {
    func compare(_ op: XPathOperator, _ left: XPathObject, _ right: XPathObject) -> Bool {
        switch (left, right) {
        case (.nodes(let leftItems), .nodes(let rightItems)):
            return compareNodeSets(op, leftItems, rightItems)
        case (.nodes(let items), _):
            return compare(op, items, with: right, nodeSetOnLeft: true)
        case (_, .nodes(let items)):
            return compare(op, items, with: left, nodeSetOnLeft: false)
        default:
            return compareValues(op, left, right)
        }
    }

    /// Two node-sets: true if some pair of their nodes' string-values compares true.
    private func compareNodeSets(_ op: XPathOperator, _ left: [XPathItem], _ right: [XPathItem]) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        if op == .equal || op == .notEqual {
            let rightStrings = Set(right.map(stringValue))
            return left.contains { item in
                let value = stringValue(item)
                if op == .equal { return rightStrings.contains(value) }
                return rightStrings.count > 1 || !rightStrings.contains(value)
            }
        }
        // For an ordering, only the extremes of each side matter.
        let leftNumbers = left.map { XPathConversions.number(from: stringValue($0)) }.filter { !$0.isNaN }
        let rightNumbers = right.map { XPathConversions.number(from: stringValue($0)) }.filter { !$0.isNaN }
        guard let leftMin = leftNumbers.min(), let leftMax = leftNumbers.max(),
              let rightMin = rightNumbers.min(), let rightMax = rightNumbers.max() else { return false }
        switch op {
        case .less: return leftMin < rightMax
        case .lessOrEqual: return leftMin <= rightMax
        case .greater: return leftMax > rightMin
        default: return leftMax >= rightMin
        }
    }

    /// A node-set and a value that is not one.
    private func compare(_ op: XPathOperator, _ items: [XPathItem], with other: XPathObject, nodeSetOnLeft: Bool) -> Bool {
        func ordered<T>(_ nodeValue: T, _ otherValue: T) -> (T, T) {
            nodeSetOnLeft ? (nodeValue, otherValue) : (otherValue, nodeValue)
        }
        switch other {
        case .boolean:
            let (left, right) = ordered(XPathObject.boolean(!items.isEmpty), other)
            return compareValues(op, left, right)
        case .number(let value):
            return items.contains { item in
                let (left, right) = ordered(XPathConversions.number(from: stringValue(item)), value)
                return Self.compareNumbers(op, left, right)
            }
        case .string(let text):
            if op == .equal || op == .notEqual {
                return items.contains { (stringValue($0) == text) == (op == .equal) }
            }
            let value = XPathConversions.number(from: text)
            return items.contains { item in
                let (left, right) = ordered(XPathConversions.number(from: stringValue(item)), value)
                return Self.compareNumbers(op, left, right)
            }
        case .nodes(let otherItems):
            let (left, right) = ordered(items, otherItems)
            return compareNodeSets(op, left, right)
        }
    }

    /// Neither side a node-set: `=` and `!=` compare as booleans if either side is one, else
    /// as numbers if either is one, else as strings; orderings always compare numbers.
    private func compareValues(_ op: XPathOperator, _ left: XPathObject, _ right: XPathObject) -> Bool {
        guard op == .equal || op == .notEqual else {
            return Self.compareNumbers(op, number(of: left), number(of: right))
        }
        let equal: Bool
        switch (left, right) {
        case (.boolean, _), (_, .boolean):
            equal = boolean(of: left) == boolean(of: right)
        case (.number, _), (_, .number):
            return Self.compareNumbers(op, number(of: left), number(of: right))
        default:
            equal = string(of: left) == string(of: right)
        }
        return equal == (op == .equal)
    }

    static func compareNumbers(_ op: XPathOperator, _ left: Double, _ right: Double) -> Bool {
        switch op {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        default: false
        }
    }
}
