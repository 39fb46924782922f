package reglab.site.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import reglab.site.SiteException;

/**
 * Reads YAML 1.2 with snakeyaml-engine (the YAML 1.2 port of SnakeYAML, maintained by its authors)
 * under the core schema: {@code yes}/{@code no}/{@code on} are text, not booleans; {@code 010} is
 * ten; a date is text (YAML 1.2 dropped the timestamp type, so the keys that take dates check them
 * themselves). The document is composed into nodes, not bound to Java types, so every value keeps
 * the line and column it came from for messages.
 *
 * <p>Every problem stops with one line naming the file, the line and column in that file (the text
 * may start further down, as front matter does), and what is wrong. Besides syntax errors: a key
 * given twice, a key that is not plain text, and a tag the core schema does not know.
 */
public final class Yaml {

    private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new CoreSchema())
            .setMaxAliasesForCollections(50).setCodePointLimit(1 << 20).build();

    private final String file;
    private final int firstLine;
    private final String what;
    /** Nodes being converted, to refuse a value that contains itself ({@code &a [*a]}). */
    private final java.util.Set<Node> converting = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Yaml(String file, int firstLine, String what) {
        this.file = file;
        this.firstLine = firstLine;
        this.what = what;
    }

    /**
     * Reads one YAML document.
     *
     * @param text      the YAML text
     * @param file      how messages name the file holding it
     * @param firstLine the file's line (1-based) on which {@code text} starts
     * @param what      what the text is, for messages ("front matter", "site file")
     * @return the document's root node, or empty for a document without content
     * @throws SiteException naming file:line:column and what is wrong
     */
    public static Optional<YamlNode> read(String text, String file, int firstLine, String what) {
        Yaml yaml = new Yaml(file, firstLine, what);
        Optional<Node> root;
        try {
            root = new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text))).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            throw yaml.syntaxError(e, text.length());
        } catch (YamlEngineException e) {
            throw new SiteException(file + ":" + firstLine + ": " + what + ": " + e.getMessage());
        }
        return root.map(yaml::convert);
    }

    private YamlNode convert(Node node) {
        Position at = position(node.getStartMark());
        if (!converting.add(node)) {
            throw new SiteException(at + ": " + what + ": a value may not contain itself (through an alias)");
        }
        try {
            return convertNew(node, at);
        } finally {
            converting.remove(node);
        }
    }

    private YamlNode convertNew(Node node, Position at) {
        if (node instanceof ScalarNode scalar) {
            return new YamlNode.Scalar(value(scalar, at), scalar.getValue(), at);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            sequence.getValue().forEach(n -> items.add(convert(n)));
            return new YamlNode.Sequence(items, at);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = convert(tuple.getKeyNode());
            if (!(key instanceof YamlNode.Scalar k) || k.value() == null) {
                throw new SiteException(key.at() + ": " + what + ": a key must be plain text, not " + key.kind());
            }
            YamlNode.Entry previous = entries.get(k.text());
            if (previous != null) {
                throw new SiteException(key.at() + ": " + what + ": key '" + k.text() + "' appears twice (first on line "
                        + previous.key().at().line() + "); keep one");
            }
            entries.put(k.text(), new YamlNode.Entry(k, convert(tuple.getValueNode())));
        }
        return new YamlNode.Mapping(entries, at);
    }

    /** The scalar's typed value, by the tag the core schema resolved (or the one written, such as {@code !!str}). */
    private Object value(ScalarNode scalar, Position at) {
        Tag tag = scalar.getTag();
        if (!(tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL))) {
            throw new SiteException(at + ": " + what + ": unknown tag " + tag + "; YAML's core schema has !!str, !!int, "
                    + "!!float, !!bool and !!null (or write the value without a tag)");
        }
        Object value;
        try {
            value = new StandardConstructor(SETTINGS).constructSingleDocument(Optional.of(scalar));
        } catch (YamlEngineException | NumberFormatException e) {
            throw new SiteException(at + ": " + what + ": '" + scalar.getValue() + "' is not " + (tag.equals(Tag.INT)
                    ? "a whole number" : tag.equals(Tag.FLOAT) ? "a number" : "a valid " + tag));
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof BigInteger big) {
            if (big.bitLength() >= 64) {
                throw new SiteException(at + ": " + what + ": the number " + scalar.getValue() + " is too large");
            }
            return big.longValue();
        }
        return value;
    }

    /**
     * The parser's message at the best place: where the problem is, or, when the parser only
     * noticed it at the end of the text (an unclosed bracket or quote, a line without a colon),
     * where the construct it was reading starts.
     */
    private SiteException syntaxError(MarkedYamlEngineException e, int length) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().replace("<stream end>", "the end of the " + what)
                .replace("end of stream", "end of the " + what);
        String context = e.getContext() == null || e.getContext().isBlank() ? null : e.getContext().strip();
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        boolean atEnd = problemMark.isEmpty() || problemMark.get().getIndex() >= length;
        String message;
        Position at;
        if (atEnd && context != null && contextMark.isPresent()) {
            at = position(contextMark);
            message = context + ": " + problem;
        } else {
            at = problemMark.isPresent() ? position(problemMark) : position(contextMark);
            message = problem;
            if (context != null && contextMark.isPresent()) {
                Position from = position(contextMark);
                message += " (" + context + " that starts at line " + from.line() + ", column " + from.column() + ")";
            }
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            message += "; quote a value that contains ': ', e.g. title: \"Lasso: the L1 penalty\"";
        } else if (problem.startsWith("could not find expected ':'")) {
            message += "; write each setting as 'key: value'";
        }
        return new SiteException(at + ": " + what + ": " + message);
    }

    private Position position(Optional<Mark> mark) {
        return mark.map(m -> new Position(file, firstLine + m.getLine(), m.getColumn() + 1)).orElse(new Position(file, firstLine, 1));
    }
}
