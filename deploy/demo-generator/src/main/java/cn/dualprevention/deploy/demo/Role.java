package cn.dualprevention.deploy.demo;

/**
 * 岗位 — the posts of a generated enterprise. Company posts sit in company departments; plant posts exist once per
 * plant, in the plant's production workshop (生产车间). {@code people} is how many hold the post.
 */
public enum Role {
    GENERAL_MANAGER("总经理", Dept.LEADERSHIP, 1),
    CHIEF_ENGINEER("总工程师", Dept.LEADERSHIP, 1),
    SAFETY_DIRECTOR("安全总监", Dept.SAFETY, 1),
    SAFETY_OFFICER("专职安全员", Dept.SAFETY, 2),
    FIRE_OFFICER("消防管理员", Dept.SAFETY, 1),
    EQUIPMENT_ENGINEER("设备工程师", Dept.EQUIPMENT, 1),
    INSTRUMENT_ENGINEER("仪表工程师", Dept.EQUIPMENT, 1),
    ELECTRICAL_ENGINEER("电气工程师", Dept.EQUIPMENT, 1),
    WORKSHOP_DIRECTOR("车间主任", Dept.WORKSHOP, 1),
    PROCESS_TECHNICIAN("工艺技术员", Dept.WORKSHOP, 1),
    SHIFT_LEADER("值班长", Dept.WORKSHOP, 1),
    CONTROL_OPERATOR("中控内操", Dept.WORKSHOP, 1),
    FIELD_OPERATOR("现场外操", Dept.WORKSHOP, 2);

    /** The departments: four at company level, one production workshop per plant. */
    public enum Dept {
        LEADERSHIP("公司领导班子"), SAFETY("安全环保部"), EQUIPMENT("设备管理部"), WORKSHOP("生产车间");

        public final String title;

        Dept(String title) {
            this.title = title;
        }

        public boolean perPlant() {
            return this == WORKSHOP;
        }
    }

    public final String title;
    public final Dept dept;
    public final int people;

    Role(String title, Dept dept, int people) {
        this.title = title;
        this.dept = dept;
        this.people = people;
    }

    public boolean perPlant() {
        return dept.perPlant();
    }
}
