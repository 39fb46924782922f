package reglab.site.markdown.math.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import reglab.site.markdown.math.MathBlock;

/**
 * Parses a display formula: a line that is just {@code $$} opens it and the next line ending in
 * {@code $$} closes it; {@code $$ … $$} alone on a line is a one-line block. A line that starts
 * with {@code $$} but goes on with other text is left to the paragraph (and the inline parser).
 */
public final class MathBlockParser extends AbstractBlockParser {

    private final MathBlock block;
    private final List<String> lines = new ArrayList<>();
    private boolean closed;
    private boolean oneLine;

    MathBlockParser(BasedSequence openingLine) {
        block = new MathBlock(openingLine);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        String text = line.toString().stripTrailing();
        if (text.endsWith("$$")) {
            String before = text.substring(0, text.length() - 2);
            if (!before.isBlank()) {
                lines.add(before);
            }
            closed = true;
            block.setChars(block.baseSubSequence(block.getStartOffset(), line.getEndOffset()));
            return BlockContinue.finished();
        }
        lines.add(line.toString().replaceAll("\\R$", ""));
        block.setChars(block.baseSubSequence(block.getStartOffset(), line.getEndOffset()));
        return BlockContinue.atIndex(state.getLineEndIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
    }

    @Override
    public void closeBlock(ParserState state) {
        MathBlock.Access.set(block, String.join("\n", lines).strip(), closed, oneLine);
    }

    /** Starts a block on a {@code $$} line (indented less than four spaces); may interrupt a paragraph. */
    public static final class Factory implements CustomBlockParserFactory, Unordered {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            BasedSequence rest = line.subSequence(start);
            String text = rest.toString().strip();
            if (!text.startsWith("$$")) {
                return BlockStart.none();
            }
            String after = text.substring(2);
            MathBlockParser parser = new MathBlockParser(rest.trimEOL());
            if (after.isBlank()) {
                return BlockStart.of(parser).atIndex(state.getLineEndIndex());
            }
            if (after.endsWith("$$") && after.length() > 2 && after.indexOf("$$") == after.length() - 2) {
                parser.lines.add(after.substring(0, after.length() - 2));
                parser.closed = true;
                parser.oneLine = true;
                return BlockStart.of(parser).atIndex(state.getLineEndIndex());
            }
            return BlockStart.none();
        }
    }
}
