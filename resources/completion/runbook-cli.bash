# bash completion for runbook-cli. The commands and each command's options are
# read from runbook-cli's own --help (QCommandLineParser), so they never drift.
_runbook_cli()
{
    local cur prev words cword
    _init_completion || return

    local cmd="" i
    for ((i = 1; i < cword; i++)); do
        if [[ ${words[i]} != -* ]]; then
            cmd=${words[i]}
            break
        fi
    done

    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--help --version' -- "$cur"))
        else
            local commands
            commands=$(LC_ALL=C "${words[0]}" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\).*/\1/p')
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    case $prev in
        --out | --store | --wiring | --runbook | --logs | --database | --library)
            _filedir
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W 'md html pdf json' -- "$cur"))
            return
            ;;
        --severity)
            COMPREPLY=($(compgen -W 'SEV1 SEV2 SEV3 SEV4' -- "$cur"))
            return
            ;;
        --status)
            COMPREPLY=($(compgen -W 'investigating identified monitoring resolved' -- "$cur"))
            return
            ;;
        --state)
            COMPREPLY=($(compgen -W 'pending done skipped n/a' -- "$cur"))
            return
            ;;
    esac

    if [[ $cur == -* ]]; then
        local options
        options=$(LC_ALL=C "${words[0]}" "$cmd" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    local verbs=""
    case $cmd in
        wiring) verbs="suggest" ;;
        probe) verbs="run" ;;
        action) verbs="list preview run" ;;
        library) verbs="index find" ;;
        incident) verbs="new list show watch step note var copy set evidence resolve reopen export import" ;;
    esac
    if [[ -n $verbs && ${words[cword - 1]} == "$cmd" ]]; then
        COMPREPLY=($(compgen -W "$verbs" -- "$cur"))
        return
    fi
    _filedir '@(md|markdown|yaml|yml|json|ndjson|sqlite)'
} &&
    complete -F _runbook_cli runbook-cli
