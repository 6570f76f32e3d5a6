package org.parkbench.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkbench.app.serve.Preview;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.course.InvalidCourseException;
import org.parkbench.site.pages.Profile;

/**
 * What {@code build} and {@code serve} build: the course (a lecturer's file, or the default course
 * over every shipped case), its cases loaded and validated, and the files a preview should watch.
 * Read afresh on every call, so a preview picks up edits.
 */
record CoursePlan(BuildRequest request, List<Path> watched, List<Diagnostic> warnings, List<CaseInput> inputs, Path courseFile) {

    static CoursePlan read(Path courseFile, Path out, Profile profile, boolean figures) throws InvalidInputException {
        Path workingDir = Path.of("").toAbsolutePath();
        List<CaseInput> shipped = ProjectCases.shipped();
        Course course = null;
        List<CaseInput> inputs;
        List<Diagnostic> courseProblems = List.of();
        try {
            if (courseFile != null) {
                course = CourseLoader.load(courseFile);
                // the cases that can be found are still read when others cannot, so every problem is reported at once
                CourseCases.Resolved resolved = CourseCases.resolve(course, shipped, workingDir);
                inputs = resolved.inputs();
                courseProblems = resolved.problems();
            } else {
                inputs = shipped;
            }
        } catch (InvalidCourseException e) {
            throw new InvalidInputException(e.diagnostics());
        }
        // the shipped cases the course leaves out are its background: links across cases resolve against them
        Set<String> named = new java.util.HashSet<>();
        inputs.forEach(in -> named.add(in.directoryName()));
        List<CaseInput> background = shipped.stream().filter(in -> !inputs.contains(in) && !named.contains(in.directoryName())).toList();
        CasebookLoad load = CasebookLoader.load(inputs, background);
        if (!courseProblems.isEmpty() || load.casebook().hasErrors()) {
            List<Diagnostic> all = new ArrayList<>(courseProblems);
            all.addAll(load.casebook().diagnostics());
            throw new InvalidInputException(all);
        }
        Casebook casebook = load.casebook().value();
        if (course == null) {
            // the shipped course is read in English and in Chinese
            course = CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH));
        }
        List<Path> watched = new ArrayList<>();
        inputs.stream().map(CaseInput::directory).filter(d -> d.getFileSystem() == workingDir.getFileSystem()).forEach(watched::add);
        if (courseFile != null) {
            watched.add(courseFile.toAbsolutePath());
        }
        return new CoursePlan(new BuildRequest(course, casebook, out, profile, figures), List.copyOf(watched),
                load.casebook().warnings(), List.copyOf(inputs), courseFile == null ? null : courseFile.toAbsolutePath().normalize());
    }

    /** The warnings in cases of the course's own (its case_directories), not in shipped cases. */
    List<Diagnostic> warningsInOwnCases() {
        List<CaseInput> shipped = ProjectCases.shipped();
        List<String> own = inputs.stream().filter(in -> !shipped.contains(in)).map(CaseInput::displayDirectory).toList();
        return warnings.stream().filter(w -> own.stream().anyMatch(dir -> w.origin().file().startsWith(dir))).toList();
    }

    /** The build's one-line account of the case data's warnings: the course's own cases apart from shipped ones. */
    String warningSummary() {
        int own = warningsInOwnCases().size();
        int inShipped = warnings.size() - own;
        if (courseFile == null || own == 0) {
            return warnings.size() + " warning(s) in the case data; 'parkbench validate' lists them.";
        }
        return own + " warning(s) in the course's own cases" + (inShipped == 0 ? "" : " and " + inShipped + " in shipped cases")
                + "; 'parkbench validate CASE_FOLDER' lists them.";
    }

    /**
     * {@code current} with the one case whose directory holds every file of {@code changed} read
     * again, or empty when the change is not confined to one case of this plan, or when the re-read
     * case clashes with the others (then a full read reports it properly).
     *
     * @throws InvalidInputException when the case no longer loads without errors
     */
    Optional<Preview.Reloaded> reload(BuildRequest current, Set<Path> changed) throws InvalidInputException {
        CaseInput owner = null;
        for (Path file : changed) {
            Path f = file.toAbsolutePath().normalize();
            if (f.equals(courseFile)) {
                return Optional.empty();
            }
            CaseInput in = inputs.stream().filter(i -> i.directory().getFileSystem() == f.getFileSystem()
                    && f.startsWith(i.directory().toAbsolutePath().normalize())).findFirst().orElse(null);
            if (in == null || (owner != null && !owner.equals(in))) {
                return Optional.empty();
            }
            owner = in;
        }
        if (owner == null) {
            return Optional.empty();
        }
        Loaded<CaseStudy> loaded = CaseLoader.load(owner);
        if (loaded.hasErrors()) {
            throw new InvalidInputException(loaded.errors());
        }
        CaseStudy fresh = loaded.value();
        List<CaseStudy> cases = new ArrayList<>(current.casebook().cases());
        int at = -1;
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).id().equals(fresh.id())) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        cases.set(at, fresh);
        Casebook book;
        try {
            book = new Casebook(cases);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a park id now used by two cases: the full load reports where
        }
        for (CaseStudy c : cases) {
            if (c.zones().stream().anyMatch(z -> z.caseParkId().filter(p -> book.park(p).isEmpty()).isPresent())) {
                return Optional.empty(); // a confirmed zone links to a park that is gone: the full load reports it
            }
        }
        BuildRequest r = current;
        return Optional.of(new Preview.Reloaded(new BuildRequest(r.course(), book, r.outDir(), r.profile(), r.figures()), fresh.id()));
    }
}
