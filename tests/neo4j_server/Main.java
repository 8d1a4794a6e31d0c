// An in-process Neo4j 5.26 DBMS for the tests, from Maven Central artifacts (neo4j-harness).
// Listens for Bolt on a free localhost port, prints "bolt://localhost:<port>" on one line,
// and stops when stdin closes or on SIGTERM. Run: java -cp "$(cat cp.txt)" Main.java
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public class Main {
    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("kommunegraf-neo4j-");
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(home)
            .withDisabledServer()
            .withConfig(BoltConnector.enabled, true)
            .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
            .withConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofMinutes(10))
            .build();
        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                neo4j.close();
                deleteQuietly(home);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop));
        System.out.println(neo4j.boltURI());
        System.out.flush();
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // wait for the parent to close our stdin
        }
        stop.run();
        System.exit(0);
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
