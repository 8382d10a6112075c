import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Deletes every topic whose name starts with a prefix: java -cp 'libs/*' DeleteTopics.java BOOTSTRAP PREFIX */
public class DeleteTopics {
    public static void main(String[] args) throws Exception {
        String prefix = args[1];
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("a prefix is required: the unprefixed topics are the main run's");
        }
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(config)) {
            List<String> doomed = admin.listTopics().names().get().stream().filter(t -> t.startsWith(prefix)).toList();
            admin.deleteTopics(doomed).all().get();
            System.out.println("topics deleted: " + doomed.size());
        }
    }
}
