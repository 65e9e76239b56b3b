/// The local-move phase of one Louvain level: nodes are visited in a fixed order and each moves to the
/// neighbouring community with the largest modularity gain, pass after pass, until a pass gains less than
/// the threshold, nothing moves, or the pass limit is reached.
///
/// Gain of moving `u` (strength `k_u`) into community `C`, up to the factor `1/m`:
/// `k_{u,C} − γ · Σ_C · k_u / 2m`, with `k_{u,C}` the weight of `u`'s ties into `C` and `Σ_C` the total
/// strength of `C` without `u`. `u` moves only if the largest gain beats staying by more than ε (a relative
/// 1e-12), and then to the smallest community id whose gain is within ε of the largest, whatever the order
/// neighbours were met in.
/// A node that stays leaves the totals untouched. Only nodes with a neighbour that moved since they were
/// last visited are visited again (the "active node" refinement of fast Louvain implementations: a node
/// whose neighbourhood did not change keeps its choice up to changes in community totals, which are
/// second order).
///
/// Sequential on purpose: the visit order is part of the result. (An exact parallel variant, gathering
/// link weights for a block of nodes in parallel and replaying the choices in order, was measured at
/// under 10% faster on two cores, because the replay and the re-gathers after a neighbour's move stay
/// sequential; it was not kept.)
///
/// - Complexity: O(m) per pass, O(n) scratch.
struct LouvainMoves {
    let level: LouvainLevel
    let gamma: Double
    let threshold: Double
    let maxPasses: Int

    /// Runs the passes from singletons; returns whether any node moved and each node's community (a
    /// community is named by a node id of this level).
    func run(order: [Int32]) -> (moved: Bool, community: [Int32]) {
        let n = level.nodeCount
        var community = (0 ..< Int32(n)).map { $0 }
        let m2 = level.totalStrength
        guard n > 0, m2 > 0 else { return (false, community) }
        var total = level.strengths  // Σ_tot per community
        var active = [Bool](repeating: true, count: n)
        var maxDegree = 1
        for u in 0 ..< n { maxDegree = max(maxDegree, Int(level.offsets[u + 1] - level.offsets[u])) }
        // Scratch: link weight per community (all zero between visits) and the communities touched.
        var linkWeight = [Double](repeating: 0, count: n)
        var touched = [Int32](repeating: 0, count: maxDegree)
        let gammaOverM2 = gamma / m2
        var movedAny = false
        level.offsets.withUnsafeBufferPointer { offsets in
            level.neighbors.withUnsafeBufferPointer { neighbors in
                level.weights.withUnsafeBufferPointer { weights in
                    level.strengths.withUnsafeBufferPointer { strength in
                        community.withUnsafeMutableBufferPointer { community in
                            total.withUnsafeMutableBufferPointer { total in
                                active.withUnsafeMutableBufferPointer { active in
                                    linkWeight.withUnsafeMutableBufferPointer { linkWeight in
                                        touched.withUnsafeMutableBufferPointer { touched in
                                            var passes = 0
                                            while passes < maxPasses {
                                                passes += 1
                                                var moves = 0
                                                var passGain = 0.0
                                                for u32 in order {
                                                    let u = Int(u32)
                                                    guard active[u] else { continue }
                                                    active[u] = false
                                                    // Weights from u to each neighbouring community, in the order first
                                                    // met.
                                                    var count = 0
                                                    for a in Int(offsets[u]) ..< Int(offsets[u + 1]) {
                                                        let c = Int(community[Int(neighbors[a])])
                                                        if linkWeight[c] == 0 {
                                                            touched[count] = Int32(c)
                                                            count += 1
                                                        }
                                                        linkWeight[c] += weights[a]
                                                    }
                                                    let own = community[u]
                                                    let ku = strength[u]
                                                    let factor = gammaOverM2 * ku
                                                    let ownGain = linkWeight[Int(own)] - (total[Int(own)] - ku) * factor
                                                    // The largest gain among the other communities; u moves only if it
                                                    // beats staying by more than ε, and then to the smallest community
                                                    // id within ε of it (so near-ties never depend on the order
                                                    // neighbours were met in).
                                                    var maxGain = -Double.infinity
                                                    for t in 0 ..< count where touched[t] != own {
                                                        let c = Int(touched[t])
                                                        maxGain = max(maxGain, linkWeight[c] - total[c] * factor)
                                                    }
                                                    var best = own
                                                    var bestGain = ownGain
                                                    let eps = 1e-12 * max(1, abs(maxGain))
                                                    if maxGain > ownGain + eps {
                                                        for t in 0 ..< count where touched[t] != own {
                                                            let c = Int(touched[t])
                                                            let gain = linkWeight[c] - total[c] * factor
                                                            if gain >= maxGain - eps
                                                                && (best == own || touched[t] < best)
                                                            {
                                                                best = touched[t]
                                                                bestGain = gain
                                                            }
                                                        }
                                                    }
                                                    for t in 0 ..< count { linkWeight[Int(touched[t])] = 0 }
                                                    guard best != own else { continue }
                                                    total[Int(own)] -= ku
                                                    total[Int(best)] += ku
                                                    community[u] = best
                                                    moves += 1
                                                    passGain += bestGain - ownGain
                                                    for a in Int(offsets[u]) ..< Int(offsets[u + 1]) {
                                                        active[Int(neighbors[a])] = true
                                                    }
                                                }
                                                if moves > 0 { movedAny = true } else { break }
                                                // passGain is in units of weight; divided by m it is the modularity
                                                // gained by the pass.
                                                if passGain / (m2 / 2) < threshold { break }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (movedAny, community)
    }
}
