package fr.ctg.dashboard.todo;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "À faire": a coordinator's next steps and reminders across her conventions (every one for the other roles). */
@Controller
public class ToDoPageController {

    private final ToDoViews toDo;

    ToDoPageController(ToDoViews toDo) {
        this.toDo = toDo;
    }

    @GetMapping("/ui/a-faire")
    public String toDo(Model model, Authentication who) {
        model.addAttribute("user", who.getName());
        model.addAttribute("todo", toDo.forUser(who));
        return "dashboard/todo";
    }
}
