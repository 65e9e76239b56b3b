import Foundation

/// Burt's structural-hole measures: constraint, effective size, efficiency and hierarchy (Burt 1992;
/// Borgatti 1997), with networkx's conventions for `constraint` and `effective_size`.
///
/// With `a_ij` the weight (strength) of the tie i→j (0 if none; 1 when unweighted), the mutual weight
/// `m_ij = a_ij + a_ji`, the contacts `N(i)` (successors and predecessors) and the proportional tie
/// `p_ij = m_ij / Σ_{k∈N(i)} m_ik`:
/// - constraint `C_i = Σ_{j∈N(i)} c_ij`, local constraint `c_ij = (p_ij + Σ_{q∈N(i)} p_iq p_qj)²`;
/// - effective size `E_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq / max_k m_jk)` — the formula, correct for
///   weighted and directed graphs (networkx 3.6.1's vectorised `effective_size` is wrong there, PR #8906;
///   with `nodes=` it agrees with this). Unweighted undirected it equals Borgatti's `n − 2t/n`;
/// - efficiency `E_i / |N(i)|`;
/// - hierarchy `H_i = Σ_j (c_ij/c̄) ln(c_ij/c̄) / (N ln N)` with `c̄ = C_i/N`, `N = |N(i)|` (Burt 1992,
///   p. 71); undefined for a single contact.
/// Isolates have no value (`nil`). networkx returns NaN for a directed node with incoming ties only
/// (it tests `len(G[v]) == 0`); ActorMap applies the formula, which is defined there.
/// Self-loops are ignored.
///
/// - Complexity: O(Σ_i |N(i)|² log d).
public struct StructuralHoles: Sendable {
    public var constraint: [Double?]
    public var effectiveSize: [Double?]
    public var efficiency: [Double?]
    public var hierarchy: [Double?]

    public init(_ graph: Graph, weighted: Bool) {
        let n = graph.nodeCount
        func a(_ i: Int, _ j: Int) -> Double {
            guard let arc = graph.arc(from: i, to: j) else { return 0 }
            return weighted ? graph.weightKind.strength(ofWeight: graph.outWeights[arc]) : 1
        }
        func mutual(_ i: Int, _ j: Int) -> Double { i == j ? 0 : a(i, j) + a(j, i) }
        // Contacts: sorted distinct successors ∪ predecessors, without self.
        var contacts = [[Int32]](repeating: [], count: n)
        var total = [Double](repeating: 0, count: n)
        var largest = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            var list = Array(graph.successors(of: i))
            if graph.isDirected { list += graph.predecessors(of: i) }
            list.sort()
            var distinct: [Int32] = []
            for v in list where Int(v) != i && distinct.last != v { distinct.append(v) }
            contacts[i] = distinct
            for j in distinct {
                let m = mutual(i, Int(j))
                total[i] += m
                largest[i] = max(largest[i], m)
            }
        }
        func p(_ i: Int, _ j: Int) -> Double { total[i] == 0 ? 0 : mutual(i, j) / total[i] }

        var constraint = [Double?](repeating: nil, count: n)
        var effectiveSize = constraint
        var efficiency = constraint
        var hierarchy = constraint
        for i in 0 ..< n {
            let contactsOfI = contacts[i]
            guard !contactsOfI.isEmpty else { continue }
            var local = [Double](repeating: 0, count: contactsOfI.count)
            var size = 0.0
            for (index, j32) in contactsOfI.enumerated() {
                let j = Int(j32)
                var indirect = 0.0
                var redundancy = 0.0
                for q32 in contactsOfI {
                    let q = Int(q32)
                    let piq = p(i, q)
                    if q != j { indirect += piq * p(q, j) }
                    if largest[j] > 0 { redundancy += piq * mutual(j, q) / largest[j] }
                }
                let c = p(i, j) + indirect
                local[index] = c * c
                size += 1 - redundancy
            }
            let sum = local.reduce(0, +)
            constraint[i] = sum
            effectiveSize[i] = size
            efficiency[i] = size / Double(contactsOfI.count)
            let count = Double(contactsOfI.count)
            if contactsOfI.count > 1 && sum > 0 {
                let mean = sum / count
                var h = 0.0
                for c in local where c > 0 { h += (c / mean) * Foundation.log(c / mean) }
                hierarchy[i] = h / (count * Foundation.log(count))
            }
        }
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}
