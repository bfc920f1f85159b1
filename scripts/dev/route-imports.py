# One-off refactoring helper: re-routes named imports from removed modules to the modules that now
# export each name.
import os, re, subprocess, sys
ROOT = os.getcwd()
S = 'src/schemas/stored/'
route = {}
def put(mod, *names):
    for n in names: route[n] = mod
put(S+'progress-state', 'ProgressState', 'ProgressStateSchema', 'PROGRESS_VERSION', 'RECORD_COLLECTIONS', 'RecordCollection', 'RECORD_SCHEMAS')
put('src/lib/progress/state', 'emptyState')
put(S+'module-progress', 'ModuleProgress', 'ModuleProgressSchema')
put(S+'quiz-attempt', 'QuizAttempt', 'QuizAttemptSchema', 'QuizAnswer', 'QuizAnswerSchema')
put(S+'assessment-result', 'AssessmentResult', 'AssessmentResultSchema')
put(S+'roleplay-run', 'RoleplayRun', 'RoleplayRunSchema')
put(S+'last-location', 'LastLocation', 'LastLocationSchema')
put(S+'assignment-record', 'AssignmentRecord', 'AssignmentRecordSchema')
put(S+'record-key', 'RecordKeySchema')
put(S+'timestamp', 'TimestampSchema')
put(S+'note', 'NoteSchema')
put(S+'roleplay-snapshot', 'RoleplaySnapshotSchema')
put(S+'assignment', 'ASSIGNMENT_LIMITS', 'Assignment', 'AssignmentSchema', 'AssignedItem', 'AssignedItemSchema', 'Assignee', 'AssigneeSchema', 'AssignmentIdSchema', 'CalendarDateSchema', 'EmailSchema')
put(S+'content-id', 'ContentIdSchema')
put(S+'plain-text', 'HTML_PATTERN')
put('src/lib/assignments/describe-issue', 'describeIssue', 'ASSIGNMENT_FIELD_NAMES', 'RECORD_FIELD_NAMES')
put(S+'completion-record', 'CompletionRecord', 'CompletionRecordSchema', 'RECORD_FORMAT', 'RECORD_VERSION', 'ModuleRecord', 'ModuleRecordSchema', 'PathTestRecord', 'PathTestRecordSchema')
renames = {'Timestamp': 'TimestampSchema'}
old_modules = ['src/lib/progress/schema', 'src/lib/assignments/schema', 'src/lib/assignments/record-schema', 'src/lib/progress/state']
files = subprocess.run(['git', 'ls-files', '-co', '--exclude-standard', 'src', 'tests', 'scripts'], capture_output=True, text=True).stdout.split()
pat = re.compile(r"import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';")
for f in files:
    if not re.search(r'\.(ts|tsx|astro|mjs)$', f) or not os.path.exists(f): continue
    src = open(f).read()
    def fix(m):
        whole_type, names, spec = m.group(1), m.group(2), m.group(3)
        if not spec.startswith('.'): return m.group(0)
        target = os.path.normpath(os.path.join(os.path.dirname(f), spec))
        target = re.sub(r'\.ts$', '', target)
        if target not in old_modules: return m.group(0)
        groups = {}
        for raw in [n.strip() for n in names.split(',') if n.strip()]:
            is_type = bool(whole_type) or raw.startswith('type ')
            name = raw[5:].strip() if raw.startswith('type ') else raw
            local = None
            if ' as ' in name: name, local = [x.strip() for x in name.split(' as ')]
            new = renames.get(name, name)
            if local is None and new != name: local = name
            if new not in route: raise SystemExit(f'{f}: no route for {name}')
            mod = route[new]
            if os.path.normpath(mod) == os.path.normpath(re.sub(r'\.(ts|tsx)$', '', f)): continue
            groups.setdefault(mod, []).append(('type ' if is_type else '') + new + (f' as {local}' if local else ''))
        out = []
        for mod, items in groups.items():
            rel = os.path.relpath(mod, os.path.dirname(f))
            if not rel.startswith('.'): rel = './' + rel
            if all(i.startswith('type ') for i in items):
                out.append(f"import type {{ {', '.join(i[5:] for i in items)} }} from '{rel}';")
            else:
                out.append(f"import {{ {', '.join(items)} }} from '{rel}';")
        return '\n'.join(out)
    new = pat.sub(fix, src)
    if new != src: open(f, 'w').write(new); print('rewrote', f)
