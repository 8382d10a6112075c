import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the missing topics in one JVM: java -cp 'libs/*' CreateTopics.java BOOTSTRAP PARTITIONS TOPIC... */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        int partitions = Integer.parseInt(args[1]);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                if (!existing.contains(args[i])) {
                    missing.add(new NewTopic(args[i], partitions, (short) 1));
                }
            }
            admin.createTopics(missing).all().get();
            System.out.println("topics created: " + missing.size() + " of " + (args.length - 2));
        }
    }
}
