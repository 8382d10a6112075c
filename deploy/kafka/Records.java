import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the fault suite does to and reads from the topics, in one JVM each time:
 * <pre>
 * java -cp 'libs/*' Records.java BOOTSTRAP publish TOPIC KEY VALUE   one record, as given (a malformed message)
 * java -cp 'libs/*' Records.java BOOTSTRAP duplicate TOPIC COUNT     the last COUNT records of each partition, sent again
 * java -cp 'libs/*' Records.java BOOTSTRAP dead-letters PREFIX       every record of PREFIX's *.dlq topics, a JSON line each
 * java -cp 'libs/*' Records.java BOOTSTRAP lag PREFIX                the lag of PREFIX's consumer groups, as JSON
 * </pre>
 * A group whose id holds "-drafts-" is one gateway instance's own, for the live token stream; it is left out of the
 * lag, since an instance that was killed never comes back for it.
 */
public class Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        switch (args[1]) {
            case "publish" -> publish(bootstrap, List.of(new ProducerRecord<>(args[2], bytes(args[3]), bytes(args[4]))));
            case "duplicate" -> publish(bootstrap, lastRecords(bootstrap, args[2], Integer.parseInt(args[3])));
            case "dead-letters" -> deadLetters(bootstrap, args[2]);
            case "lag" -> System.out.println(JSON.writeValueAsString(lag(bootstrap, args[2])));
            default -> throw new IllegalArgumentException("unknown command " + args[1]);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void publish(String bootstrap, List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("acks", "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                producer.send(record).get();
            }
        }
        System.out.println(JSON.writeValueAsString(Map.of("published", records.size())));
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The records from each partition's {@code start} offset to its end, read with no consumer group. */
    private static List<ConsumerRecord<byte[], byte[]>> readToEnd(KafkaConsumer<byte[], byte[]> consumer,
                                                                  Map<TopicPartition, Long> start) {
        consumer.assign(start.keySet());
        start.forEach(consumer::seek);
        Map<TopicPartition, Long> end = consumer.endOffsets(start.keySet());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static List<ProducerRecord<byte[], byte[]>> lastRecords(String bootstrap, String topic, int count) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> start = new LinkedHashMap<>();
            consumer.endOffsets(partitions).forEach((partition, end) -> start.put(partition, Math.max(0, end - count)));
            List<ProducerRecord<byte[], byte[]>> again = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : readToEnd(consumer, start)) {
                again.add(new ProducerRecord<>(topic, record.partition(), record.key(), record.value(), record.headers()));
            }
            return again;
        }
    }

    private static void deadLetters(String bootstrap, String prefix) throws Exception {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
            Map<TopicPartition, Long> start = new LinkedHashMap<>();
            consumer.listTopics().forEach((topic, partitions) -> {
                if (topic.startsWith(prefix) && topic.endsWith(".dlq")) {
                    partitions.forEach(p -> start.put(new TopicPartition(topic, p.partition()), 0L));
                }
            });
            for (ConsumerRecord<byte[], byte[]> record : readToEnd(consumer, start)) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("topic", record.topic());
                line.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
                Map<String, String> headers = new TreeMap<>();
                for (Header header : record.headers()) {
                    headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
                }
                line.put("headers", headers);
                line.put("value", record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
                System.out.println(JSON.writeValueAsString(line));
            }
        }
    }

    private static Map<String, Long> lag(String bootstrap, String prefix) throws Exception {
        Map<String, Long> lag = new TreeMap<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            for (GroupListing group : admin.listGroups().all().get()) {
                String id = group.groupId();
                if (!id.startsWith(prefix) || id.contains("-drafts-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(id)
                        .partitionsToOffsetAndMetadata().get();
                // Every partition of the topics the group reads: one it never committed on, a record there is lag.
                List<String> topics = committed.keySet().stream().map(TopicPartition::topic).distinct().toList();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                Map<TopicPartition, OffsetSpec> earliest = new LinkedHashMap<>();
                admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                        description.partitions().forEach(p -> {
                            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
                            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
                        }));
                var ends = admin.listOffsets(latest).all().get();
                var starts = admin.listOffsets(earliest).all().get();
                long behind = 0;
                for (TopicPartition partition : latest.keySet()) {
                    OffsetAndMetadata at = committed.get(partition);
                    behind += ends.get(partition).offset() - (at == null ? starts.get(partition).offset() : at.offset());
                }
                lag.put(id, behind);
            }
        }
        return lag;
    }
}
