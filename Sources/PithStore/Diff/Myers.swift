/// Myers' O(ND) difference algorithm in linear space (the "middle snake" bisection, as in
/// diff-match-patch), over sequences of integer symbols.
///
/// Deterministic: the same inputs always give the same script. Common prefixes and suffixes
/// are stripped first, so the usual case (a few edits in a long article) costs little more
/// than one pass.
enum Myers {
    /// The pairs `(i, j)` with `old[i] == new[j]` that form a longest common subsequence,
    /// in increasing order of both indices.
    static func matches(_ old: [Int], _ new: [Int]) -> [(old: Int, new: Int)] {
        var result: [(old: Int, new: Int)] = []
        result.reserveCapacity(min(old.count, new.count))
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                solve(a, 0..<a.count, b, 0..<b.count, into: &result)
            }
        }
        return result
    }

    private static func solve(
        _ a: UnsafeBufferPointer<Int>, _ aRange: Range<Int>, _ b: UnsafeBufferPointer<Int>, _ bRange: Range<Int>,
        into result: inout [(old: Int, new: Int)]
    ) {
        var (aLow, aHigh, bLow, bHigh) = (aRange.lowerBound, aRange.upperBound, bRange.lowerBound, bRange.upperBound)
        while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] {
            result.append((aLow, bLow))
            aLow += 1
            bLow += 1
        }
        var suffix = 0
        while aHigh > aLow, bHigh > bLow, a[aHigh - 1] == b[bHigh - 1] {
            aHigh -= 1
            bHigh -= 1
            suffix += 1
        }
        if aLow < aHigh, bLow < bHigh,
            let (x, y) = middle(a, aLow..<aHigh, b, bLow..<bHigh),
            (x, y) != (aLow, bLow), (x, y) != (aHigh, bHigh)
        {
            solve(a, aLow..<x, b, bLow..<y, into: &result)
            solve(a, x..<aHigh, b, y..<bHigh, into: &result)
        }
        for offset in 0..<suffix { result.append((aHigh + offset, bHigh + offset)) }
    }

    /// Where the forward and reverse searches meet: a point on an optimal path, or nil when
    /// the ranges share nothing.
    private static func middle(
        _ a: UnsafeBufferPointer<Int>, _ aRange: Range<Int>, _ b: UnsafeBufferPointer<Int>, _ bRange: Range<Int>
    ) -> (Int, Int)? {
        let (a0, b0, n, m) = (aRange.lowerBound, bRange.lowerBound, aRange.count, bRange.count)
        let maxD = (n + m + 1) / 2
        let offset = maxD
        let length = 2 * maxD + 2
        var forward = [Int](repeating: -1, count: length)
        var reverse = [Int](repeating: -1, count: length)
        forward[offset + 1] = 0
        reverse[offset + 1] = 0
        let delta = n - m
        let checkWhileForward = delta % 2 != 0
        var (k1Start, k1End, k2Start, k2End) = (0, 0, 0, 0)
        for d in 0..<maxD {
            var k1 = -d + k1Start
            while k1 <= d - k1End {
                let index = offset + k1
                var x1 = (k1 == -d || (k1 != d && forward[index - 1] < forward[index + 1])) ? forward[index + 1] : forward[index - 1] + 1
                var y1 = x1 - k1
                while x1 < n, y1 < m, a[a0 + x1] == b[b0 + y1] {
                    x1 += 1
                    y1 += 1
                }
                forward[index] = x1
                if x1 > n {
                    k1End += 2
                } else if y1 > m {
                    k1Start += 2
                } else if checkWhileForward {
                    let mirrored = offset + delta - k1
                    if mirrored >= 0, mirrored < length, reverse[mirrored] != -1, x1 >= n - reverse[mirrored] {
                        return (a0 + x1, b0 + y1)
                    }
                }
                k1 += 2
            }
            var k2 = -d + k2Start
            while k2 <= d - k2End {
                let index = offset + k2
                var x2 = (k2 == -d || (k2 != d && reverse[index - 1] < reverse[index + 1])) ? reverse[index + 1] : reverse[index - 1] + 1
                var y2 = x2 - k2
                while x2 < n, y2 < m, a[a0 + n - x2 - 1] == b[b0 + m - y2 - 1] {
                    x2 += 1
                    y2 += 1
                }
                reverse[index] = x2
                if x2 > n {
                    k2End += 2
                } else if y2 > m {
                    k2Start += 2
                } else if !checkWhileForward {
                    let mirrored = offset + delta - k2
                    if mirrored >= 0, mirrored < length, forward[mirrored] != -1 {
                        let x1 = forward[mirrored]
                        let y1 = offset + x1 - mirrored
                        if x1 >= n - x2 { return (a0 + x1, b0 + y1) }
                    }
                }
                k2 += 2
            }
        }
        return nil
    }
}
