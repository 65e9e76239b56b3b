/// ActorMap's version, as `actormap --version` prints it and every JSON output records it
/// (`"version"`); semantic versioning.
public enum ActorMapVersion {
    public static let current = "0.1.0"
}
